namespace Policing.Domain.Analyzers.Tests;

/// <summary>Builds test sources: a method body inside a class that has the library's types at hand.</summary>
internal static class Source
{
    /// <summary>Wraps statements in a method whose parameters are a tally, reports, an id, a logger, a rule set….</summary>
    public static string InMethod(string body) =>
        $$"""
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using Microsoft.Extensions.Logging;
        using NodaTime;
        using Policing.Domain;
        using Policing.Domain.Activity;
        using Policing.Domain.Awards;
        using Policing.Domain.Identity;
        using Policing.Domain.Metrics;
        using Policing.Domain.Population;
        using Policing.Domain.Population.Consistency;

        public static class Subject
        {
            public static void Run(
                OfficerMonth tally,
                BeatConsistency beat,
                ConsistencyReport report,
                ResidentId id,
                ILogger logger,
                RuleSet rules,
                IReadOnlyList<OfficerMonth> months,
                YearMonth month,
                ConsistencyAnalyzer analyzer,
                IEnumerable<Resident> residents,
                OfficerStatus status,
                bool flag)
            {
        {{Indent(body)}}
            }
        }

        """;

    private static string Indent(string body) =>
        string.Join("\n", body.ReplaceLineEndings("\n").Split('\n').Select(line => line.Length == 0 ? line : "        " + line));
}
