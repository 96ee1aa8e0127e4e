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
    public void EveryPublicType_LivesInTheNamespaceOfItsFolder()
    {
        var outside = PublicTypes
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("Policing.Domain", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(outside);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
