using System.Reflection;

namespace Policing.Domain.Data.Tests;

/// <summary>The package's public surface: the dataset, its reader and writer with their options, the row error, the log — no CSV parser types.</summary>
public sealed class PublicSurfaceTests
{
    private static readonly Type[] Exported = typeof(DatasetReader).Assembly.GetExportedTypes();

    [Fact]
    public void ExportedTypes_AreTheDatasetItsReaderWriterOptionsAndErrors_AndNoCsvParser()
    {
        Assert.Equal(
            ["Dataset", "DatasetEncoding", "DatasetException", "DatasetFiles", "DatasetLog", "DatasetReadOptions", "DatasetReader", "DatasetWriteOptions", "DatasetWriter", "RowError"],
            Exported.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Exported, t => t.Name.StartsWith("Csv", StringComparison.Ordinal));
    }

    [Fact]
    public void NoPublicMember_SpeaksOfTheCsvLibrary_AndTheLogHasNoPublicMutator()
    {
        var members = Exported.SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)).ToList();
        var types = members.SelectMany(m => m switch
        {
            MethodInfo method => [method.ReturnType, .. method.GetParameters().Select(p => p.ParameterType)],
            PropertyInfo property => [property.PropertyType],
            FieldInfo field => [field.FieldType],
            ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
            _ => Array.Empty<Type>(),
        });
        Assert.DoesNotContain(types, t => t.Namespace?.StartsWith("nietras", StringComparison.Ordinal) == true);

        var log = typeof(DatasetLog).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        Assert.All(log.OfType<MethodInfo>(), m => Assert.StartsWith("get_", m.Name, StringComparison.Ordinal));
        Assert.Empty(typeof(DatasetLog).GetConstructors());
    }
}
