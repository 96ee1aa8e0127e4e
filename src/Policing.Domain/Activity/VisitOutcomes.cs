namespace Policing.Domain.Activity;

/// <summary>The five things done on a visit (五必办), any of them.</summary>
[Flags]
public enum VisitOutcomes
{
    /// <summary>Nothing recorded.</summary>
    None = 0,

    /// <summary>Information collected (采集信息).</summary>
    Information = 1,

    /// <summary>Crime-prevention advice given (防范宣传).</summary>
    Prevention = 2,

    /// <summary>A small service done (办实事).</summary>
    Service = 4,

    /// <summary>A dispute resolved (化解矛盾).</summary>
    Dispute = 8,

    /// <summary>Help given to the poor (帮扶).</summary>
    Assistance = 16,
}
