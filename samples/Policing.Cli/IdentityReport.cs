using Policing.Domain.Identity;

namespace Policing.Cli;

/// <summary>Prints the verdict counts of a batch of identity numbers.</summary>
internal static class IdentityReport
{
    internal static void Print(TextWriter output, ResidentIdBatchResult result)
    {
        output.WriteLine($"  lines {result.Lines:N0}: valid {result.Valid:N0}, invalid {result.Invalid:N0}");
        foreach (var (verdict, count) in result.Counts)
        {
            if (verdict != ResidentIdError.None && count > 0)
            {
                output.WriteLine($"    {verdict,-24} {count,12:N0}");
            }
        }
    }
}
