using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Policing.Domain;
using Policing.Domain.Beats;
using Policing.Domain.Population;
using Policing.Domain.Population.Consistency;
using Policing.Domain.Data;

namespace Policing.Cli;

/// <summary>Reads a dataset folder and prints its consistency report.</summary>
internal static class AuditCommand
{
    internal static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The dataset folder (DATASET.md)." };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the report as JSON to this file." };
        var worst = new Option<int>("--worst") { Description = "How many of the worst beats to list.", DefaultValueFactory = _ => 10 };
        var encoding = EncodingOption.Create("read");
        var html = new Option<FileInfo?>("--html") { Description = "Also write the report as one self-contained HTML page, with charts, to this file." };
        var command = new Command("audit", "Audit a dataset folder: person-ID and person-house consistency, per beat, and every unusable row.");
        command.Arguments.Add(folder);
        command.Options.Add(json);
        command.Options.Add(worst);
        command.Options.Add(encoding);
        command.Options.Add(html);
        command.SetAction(parseResult => Run(Console.Out, Console.Error, parseResult.GetValue(folder)!, parseResult.GetValue(json), parseResult.GetValue(worst), EncodingOption.Parse(parseResult.GetValue(encoding)!), parseResult.GetValue(html)));
        return command;
    }

    internal static int Run(TextWriter output, TextWriter error, DirectoryInfo folder, FileInfo? json, int worst, DatasetEncoding encoding = DatasetEncoding.Utf8, FileInfo? html = null)
    {
        if (Read("audit", error, folder, encoding) is not { } dataset)
        {
            return 2;
        }

        error.WriteLine($"  analysing {dataset.Residents.Count:N0} residents");
        var report = new ConsistencyAnalyzer(new Register(dataset.Stations, dataset.Offices, dataset.Officers, dataset.Beats, dataset.Houses, dataset.Households, [])).Analyze(dataset.Residents);
        var coverage = BeatCoverage.Check(dataset.Beats, dataset.Officers);
        Print(output, dataset, report, coverage, worst);
        if (json is not null)
        {
            WriteJson(json, report, coverage, dataset.Log);
            output.WriteLine($"JSON written to {json.FullName}");
        }

        if (html is not null)
        {
            WriteHtml(html, dataset, report, coverage, worst);
            output.WriteLine($"HTML written to {html.FullName}");
        }

        return 0;
    }

    /// <summary>Reads a dataset folder for a verb, telling each file on the error stream; <see langword="null"/> (the reason told) when it cannot be read.</summary>
    internal static Dataset? Read(string verb, TextWriter error, DirectoryInfo folder, DatasetEncoding encoding)
    {
        try
        {
            return DatasetReader.Read(folder.FullName, new DatasetReadOptions { Encoding = encoding }, file => error.WriteLine($"  reading {file}"));
        }
        catch (DatasetException ex)
        {
            error.WriteLine($"{verb}: {ex.Message}");
            return null;
        }
    }

    internal static void PrintRows(TextWriter output, DatasetLog log)
    {
        output.WriteLine("Rows read / used / rejected:");
        foreach (var (file, read, used, rejected) in log.Files)
        {
            output.WriteLine($"  {file,-18} {read,12:N0} {used,12:N0} {rejected,10:N0}");
        }

        foreach (var row in log.Errors)
        {
            output.WriteLine($"  rejected {row}");
        }
    }

    private static void Print(TextWriter output, Dataset dataset, ConsistencyReport report, CoverageReport coverage, int worst)
    {
        PrintRows(output, dataset.Log);
        output.WriteLine();
        output.WriteLine($"Residents: {report.Residents:N0}");
        output.WriteLine($"Person-ID consistency (人号一致率):    {report.PersonIdConsistency}");
        output.WriteLine($"Person-house consistency (人房一致率): {report.PersonHouseConsistency}");
        output.WriteLine("Person-ID verdicts:");
        foreach (var (verdict, count) in report.Overall.PersonId.All)
        {
            output.WriteLine($"  {verdict,-18} {count,12:N0}");
        }

        output.WriteLine("Person-house verdicts:");
        foreach (var (verdict, count) in report.Overall.PersonHouse.All)
        {
            output.WriteLine($"  {verdict,-18} {count,12:N0}");
        }

        output.WriteLine($"Defect groups: {report.DefectGroups.Count:N0} ({string.Join(", ", report.DefectGroups.GroupBy(g => g.Kind).Select(g => $"{g.Key} {g.Count():N0}"))})");
        output.WriteLine($"Empty houses: {report.EmptyHouses.Count:N0}, of which rental: {report.EmptyRentalHouses.Count:N0}");
        output.WriteLine($"Records naming a household or house not on the register: {report.ReferenceProblems.Count:N0}");
        output.WriteLine($"Beats: {coverage.Beats:N0}; one beat, one officer: {(coverage.IsComplete ? "every beat covered" : $"{coverage.Findings.Count:N0} beats wrongly assigned")}");
        foreach (var finding in coverage.Findings.Take(worst))
        {
            output.WriteLine($"  {finding.Beat}: {finding.Problem} {finding.Officer}");
        }

        output.WriteLine($"The {worst} beats with the lowest person-ID consistency:");
        foreach (var beat in report.Beats.Where(b => b.Beat is not null && b.Residents > 0).OrderBy(b => b.PersonIdConsistency).ThenBy(b => b.Beat).Take(worst))
        {
            output.WriteLine($"  {beat.Beat,-10} {beat.Residents,8:N0} residents  person-ID {beat.PersonIdConsistency.ToString("P2", CultureInfo.InvariantCulture),8}  person-house {beat.PersonHouseConsistency.ToString("P2", CultureInfo.InvariantCulture),8}");
        }
    }

    private static void WriteHtml(FileInfo file, Dataset dataset, ConsistencyReport report, CoverageReport coverage, int worst)
    {
        static string P(Rate rate) => rate.ToString("P2", CultureInfo.InvariantCulture);
        var beats = report.Beats.Where(b => b.Beat is not null && b.Residents > 0).ToList();
        var page = new HtmlPage($"Population audit 人口核查: {dataset.Folder}")
            .Paragraph($"{report.Residents:N0} residents in {beats.Count:N0} beats. Person-ID consistency (人号一致率) {P(report.PersonIdConsistency)}; person-house consistency (人房一致率) {P(report.PersonHouseConsistency)}.")
            .Heading("Person-ID consistency per beat 各警务区人号一致率")
            .Chart(Charts.SortedBars("Person-ID consistency per beat (lowest first)", "consistent residents, %", beats.Select(b => (b.Beat!.Value.Value, b.PersonIdConsistency.ToDouble())), percent: true), "Each beat's share of residents whose person-ID verdict is Consistent, sorted from the lowest.")
            .Heading("Person-house consistency per beat 各警务区人房一致率")
            .Chart(Charts.SortedBars("Person-house consistency per beat (lowest first)", "consistent residents, %", beats.Select(b => (b.Beat!.Value.Value, b.PersonHouseConsistency.ToDouble())), percent: true), "Each beat's share of residents whose person-house verdict is Consistent, sorted from the lowest.")
            .Heading("Verdicts 判定")
            .Table(["person-ID verdict", "residents"], report.Overall.PersonId.All.Select(v => (IReadOnlyList<object?>)[v.Key.ToString(), v.Value]))
            .Table(["person-house verdict", "residents"], report.Overall.PersonHouse.All.Select(v => (IReadOnlyList<object?>)[v.Key.ToString(), v.Value]))
            .Paragraph($"Defect groups: {report.DefectGroups.Count:N0}. Empty houses: {report.EmptyHouses.Count:N0}, of which rental: {report.EmptyRentalHouses.Count:N0}. Records naming a household or house not on the register: {report.ReferenceProblems.Count:N0}.")
            .Paragraph($"Beats: {coverage.Beats:N0}; one beat, one officer: {(coverage.IsComplete ? "every beat covered" : $"{coverage.Findings.Count:N0} beats wrongly assigned")}.")
            .Table(["beat", "problem", "officer"], coverage.Findings.Select(f => (IReadOnlyList<object?>)[f.Beat.ToString(), f.Problem.ToString(), f.Officer?.ToString()]))
            .Heading($"The {worst} beats with the lowest person-ID consistency")
            .Table(["beat", "residents", "person-ID", "person-house"], beats.OrderBy(b => b.PersonIdConsistency).ThenBy(b => b.Beat).Take(worst)
                .Select(b => (IReadOnlyList<object?>)[b.Beat!.Value.Value, b.Residents, P(b.PersonIdConsistency), P(b.PersonHouseConsistency)]));
        AddRows(page, dataset.Log);
        page.Save(file);
    }

    /// <summary>Adds the rows read, used and rejected per file, and every rejected row, to a page.</summary>
    internal static void AddRows(HtmlPage page, DatasetLog log) =>
        page.Heading("Rows read / used / rejected 读取行")
            .Table(["file", "read", "used", "rejected"], log.Files.Select(f => (IReadOnlyList<object?>)[f.File, f.Read, f.Used, f.Rejected]))
            .Table(["file", "line", "column", "reason"], log.Errors.Select(e => (IReadOnlyList<object?>)[e.File, e.Line, e.Column, e.Reason]));

    internal static void WriteJson(FileInfo file, ConsistencyReport report, CoverageReport coverage, DatasetLog log)
    {
        using var stream = File.Create(file.FullName);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("residents", report.Residents);
        WriteCounts(json, "personId", report.Overall.PersonId.All);
        WriteCounts(json, "personHouse", report.Overall.PersonHouse.All);
        json.WriteString("personIdConsistency", report.PersonIdConsistency.ToString("P2", CultureInfo.InvariantCulture));
        json.WriteString("personHouseConsistency", report.PersonHouseConsistency.ToString("P2", CultureInfo.InvariantCulture));
        json.WriteStartArray("beats");
        foreach (var beat in report.Beats)
        {
            json.WriteStartObject();
            json.WriteString("beat", beat.Beat?.Value);
            json.WriteNumber("residents", beat.Residents);
            json.WriteNumber("personIdConsistent", beat.PersonId[PersonIdVerdict.Consistent]);
            json.WriteNumber("personHouseConsistent", beat.PersonHouse[PersonHouseVerdict.Consistent]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("defectGroups", report.DefectGroups.Count);
        json.WriteNumber("emptyHouses", report.EmptyHouses.Count);
        json.WriteNumber("emptyRentalHouses", report.EmptyRentalHouses.Count);
        json.WriteNumber("referenceProblems", report.ReferenceProblems.Count);
        json.WriteNumber("wronglyAssignedBeats", coverage.Findings.Count);
        WriteRejectedRows(json, log);
        json.WriteEndObject();
    }

    /// <summary>Writes every dataset row that could not be used, with its file, line, column and reason.</summary>
    internal static void WriteRejectedRows(Utf8JsonWriter json, DatasetLog log)
    {
        json.WriteStartArray("rejectedRows");
        foreach (var row in log.Errors)
        {
            json.WriteStartObject();
            json.WriteString("file", row.File);
            json.WriteNumber("line", row.Line);
            json.WriteString("column", row.Column);
            json.WriteString("reason", row.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCounts<T>(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<T, long>> counts)
        where T : struct, Enum
    {
        json.WriteStartObject(name);
        foreach (var (verdict, count) in counts)
        {
            json.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(verdict.ToString()), count);
        }

        json.WriteEndObject();
    }
}
