// A program that breaks each Policing analyzer rule exactly once, on the line marked with the rule's id. Building it
// shows the six warnings POL001 to POL006; .ci/steps/package-e2e.sh builds this file against the packed NuGet
// package and checks that each warning appears on its marked line and nowhere else.
using NodaTime;
using Policing.Domain.Awards;
using Policing.Domain.Beats;
using Policing.Domain.Identity;
using Policing.Domain.Metrics;

var tally = new OfficerMonth(new OfficerId("P001"), OfficerRole.Community, new YearMonth(2026, 1))
{
    Visits = 85,
    Mediations = 4,
    MediationsResolved = 3,
};
var id = ResidentId.Parse("11010519491231002X");

// A threshold belongs to the rule set in force, not to the code.
if (tally.Visits >= 80) // POL001
{
    Console.WriteLine("enough visits");
}

// The library already gives the exact rate: tally.MediationSuccessRate.
var successRate = (double)tally.MediationsResolved / tally.Mediations; // POL002
Console.WriteLine(successRate);

// The counts of each verdict are the point of a validation.
ResidentIdBatch.Validate("11010519491231002X\n"u8); // POL003

// The full number is personal data: Console.WriteLine($"resident {id}") prints it masked.
Console.WriteLine($"resident {id.RevealFull()}"); // POL004

// The month under evaluation should come from an IClock and a zone, not from the machine.
var period = new MonthlyPeriod(MonthlyPeriod.MonthOf(Instant.FromDateTimeUtc(DateTime.UtcNow))); // POL005
Console.WriteLine(period);

// A status the library adds later must not fall through silently.
var status = Enum.Parse<OfficerStatus>(args.Length > 0 ? args[0] : "Starred");
switch (status) // POL006
{
    case OfficerStatus.Starred:
        Console.WriteLine("starred");
        break;
    case OfficerStatus.QualifiedNotSelected:
    case OfficerStatus.NotQualified:
        Console.WriteLine("no star");
        break;
}
