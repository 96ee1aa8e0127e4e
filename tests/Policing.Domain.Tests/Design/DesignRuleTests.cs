using System.Reflection;
using System.Runtime.CompilerServices;
using Policing.Domain.Identity;

namespace Policing.Domain.Tests.Design;

/// <summary>Design rules of STYLE.md that hold for every public type of the library, checked by reflection.</summary>
public sealed class DesignRuleTests
{
    private static readonly Type[] PublicTypes = typeof(ResidentId).Assembly.GetExportedTypes();

    [Fact]
    public void EveryPublicStruct_IsReadOnly()
    {
        var mutable = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(mutable);
    }

    [Fact]
    public void EveryPublicType_HasNoPublicSetterOrWritableField()
    {
        var writable = new List<string>();
        foreach (var type in PublicTypes.Where(t => !t.IsEnum && !t.IsInterface && !typeof(Exception).IsAssignableFrom(t)))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                if (!field.IsInitOnly && !field.IsLiteral)
                {
                    writable.Add($"{type.FullName}.{field.Name}");
                }
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } && !IsInitOnly(setter))
                {
                    writable.Add($"{type.FullName}.{property.Name}");
                }
            }
        }

        Assert.Empty(writable);
    }

    [Fact]
    public void EveryPublicClass_IsSealedStaticOrAbstract()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    /// <summary>The libraries whose namespaces follow their folders: each one's root namespace is its folder under src.</summary>
    public static TheoryData<string> Libraries => new() { "Policing.Domain", "Policing.Domain.Data", "Policing.Domain.Testing" };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void EveryFile_DeclaresExactlyTheNamespaceOfItsFolder(string library)
    {
        // Every source file, public types or not: src/Policing.Domain/A/B/X.cs declares exactly one file-scoped
        // namespace, Policing.Domain.A.B, and no other namespace (neither nested nor block-scoped).
        var wrong = new List<string>();
        foreach (var file in SourceFiles(library))
        {
            var expected = NamespaceOfFolder(library, Path.GetDirectoryName(file)!);
            var declared = File.ReadLines(file).Select(l => l.Trim()).Where(l => l.StartsWith("namespace ", StringComparison.Ordinal)).ToList();
            if (declared.Count != 1 || declared[0] != $"namespace {expected};")
            {
                wrong.Add($"{Path.GetRelativePath(FolderOf(library), file)}: {string.Join(" | ", declared)} (expected namespace {expected};)");
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void EveryPublicType_LivesInTheFileOfItsName_InTheFolderOfItsNamespace(string library)
    {
        // The namespace is the library's root or the root followed by folder names; the file of the type's name is in
        // that folder (and, by the test above, declares that namespace): neither a prefix nor a look-alike passes.
        var assembly = Assembly.Load(library);
        var misplaced = assembly.GetExportedTypes()
            .Where(t => !t.IsNested)
            .Where(t => t.Namespace is null
                || !(t.Namespace == library || t.Namespace.StartsWith(library + ".", StringComparison.Ordinal))
                || !File.Exists(Path.Combine([FolderOf(library), .. t.Namespace[library.Length..].Split('.', StringSplitOptions.RemoveEmptyEntries), t.Name.Split('`')[0] + ".cs"])))
            .Select(t => t.FullName)
            .ToList();
        Assert.NotEmpty(assembly.GetExportedTypes());
        Assert.Empty(misplaced);
    }

    /// <summary>Gets the namespace that the files of a folder of a library declare: the root, then the folder names.</summary>
    private static string NamespaceOfFolder(string library, string folder)
    {
        var relative = Path.GetRelativePath(FolderOf(library), folder);
        return relative == "." ? library : library + "." + relative.Replace(Path.DirectorySeparatorChar, '.');
    }

    /// <summary>Gets a library's source folder, src/{library}, found from the test's output folder up to the solution.</summary>
    private static string FolderOf(string library)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Policing.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("The solution folder was not found above the test's output."), "src", library);
    }

    private static IEnumerable<string> SourceFiles(string library) =>
        Directory.EnumerateFiles(FolderOf(library), "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(FolderOf(library), f).Split(Path.DirectorySeparatorChar)[0] is not ("obj" or "bin"));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
