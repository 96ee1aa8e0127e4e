using System.Text;
using Policing.Domain.Population.Consistency;

namespace Policing.Domain.Testing.Population;

/// <summary>A consistency report written out in full, so that two runs (split, merged, on a cluster) can be compared for equality.</summary>
public static class ReportSignature
{
    /// <summary>Writes every figure and list of a report: the counts overall and per beat, the defect groups, the findings, the empty houses and the reference problems.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text; equal for equal reports.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string Of(ConsistencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine($"{report.Residents} {report.Overall.PersonId} | {report.Overall.PersonHouse}");
        foreach (var beat in report.Beats)
        {
            text.AppendLine($"{beat.Beat} {beat.PersonId} | {beat.PersonHouse}");
        }

        foreach (var group in report.DefectGroups)
        {
            text.AppendLine($"{group.Kind} {string.Join(",", group.Numbers.Select(n => n.RevealFull()))} {string.Join(",", group.Residents)}");
        }

        foreach (var finding in report.Findings)
        {
            text.AppendLine($"{finding.Resident} {finding.Beat} {finding.PersonId} {finding.PersonHouse} {finding.NumberError}");
        }

        text.AppendLine(string.Join(",", report.EmptyHouses)).AppendLine(string.Join(",", report.EmptyRentalHouses));
        foreach (var problem in report.ReferenceProblems)
        {
            text.AppendLine($"{problem.Resident} {problem.UnknownHousehold} {problem.UnknownHouse}");
        }

        return text.ToString();
    }
}
