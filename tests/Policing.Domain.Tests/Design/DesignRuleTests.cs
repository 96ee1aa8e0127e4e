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

    [Fact]
    public void EveryFile_DeclaresTheNamespaceOfItsFolder()
    {
        // Every source file of the library, public types or not: src/Policing.Domain/A/B/X.cs is in Policing.Domain.A.B.
        var wrong = new List<string>();
        foreach (var file in SourceFiles())
        {
            var folder = Path.GetRelativePath(LibraryFolder, Path.GetDirectoryName(file)!);
            var expected = folder == "." ? "Policing.Domain" : "Policing.Domain." + folder.Replace(Path.DirectorySeparatorChar, '.');
            var declared = File.ReadLines(file).Where(l => l.StartsWith("namespace ", StringComparison.Ordinal)).ToList();
            if (declared.Count != 1 || declared[0] != $"namespace {expected};")
            {
                wrong.Add($"{Path.GetRelativePath(LibraryFolder, file)}: {string.Join(" | ", declared)} (expected {expected})");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void EveryPublicType_LivesInTheFileOfItsName_InTheFolderOfItsNamespace()
    {
        var misplaced = PublicTypes
            .Where(t => !t.IsNested)
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("Policing.Domain", StringComparison.Ordinal)
                || !File.Exists(Path.Combine([LibraryFolder, .. t.Namespace.Split('.').Skip(2), t.Name.Split('`')[0] + ".cs"])))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(misplaced);
    }

    /// <summary>Gets the library's source folder, found from the test's output folder up to the solution.</summary>
    private static string LibraryFolder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Policing.Domain.sln")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("The solution folder was not found above the test's output."), "src", "Policing.Domain");
        }
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(LibraryFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(LibraryFolder, f).Split(Path.DirectorySeparatorChar)[0].Equals("obj", StringComparison.Ordinal)
                && !Path.GetRelativePath(LibraryFolder, f).Split(Path.DirectorySeparatorChar)[0].Equals("bin", StringComparison.Ordinal));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
