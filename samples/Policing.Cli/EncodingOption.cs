using System.CommandLine;
using Policing.Domain.Data;

namespace Policing.Cli;

/// <summary>The <c>--encoding</c> option of every verb that reads or writes a dataset folder: utf-8 (the default) or gb18030.</summary>
internal static class EncodingOption
{
    private static readonly Dictionary<string, DatasetEncoding> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utf-8"] = DatasetEncoding.Utf8,
        ["gb18030"] = DatasetEncoding.Gb18030,
    };

    /// <summary>Creates the option, for a verb that reads or writes.</summary>
    internal static Option<string> Create(string verb)
    {
        var option = new Option<string>("--encoding")
        {
            Description = $"The encoding of the folder's files {verb}: utf-8 (the default, BOM or not) or gb18030 (also reads GBK and GB2312, what Excel and Chinese Windows write).",
            DefaultValueFactory = _ => "utf-8",
        };
        option.AcceptOnlyFromAmong([.. Names.Keys]);
        return option;
    }

    /// <summary>Gets the encoding a value of the option names.</summary>
    internal static DatasetEncoding Parse(string value) =>
        Names.TryGetValue(value, out var encoding) ? encoding : throw new ArgumentException($"--encoding '{value}' is not utf-8 or gb18030.", nameof(value));
}
