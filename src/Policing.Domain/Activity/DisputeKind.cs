namespace Policing.Domain.Activity;

/// <summary>The kind of a dispute between residents.</summary>
[ExhaustiveEnum]
public enum DisputeKind
{
    /// <summary>Between neighbours (邻里矛盾).</summary>
    Neighbour = 0,

    /// <summary>Over homestead land (宅基地纠纷).</summary>
    Homestead = 1,

    /// <summary>A fight (打架斗殴).</summary>
    Fight = 2,

    /// <summary>A simple public-order case (简单治安案件).</summary>
    PublicOrder = 3,

    /// <summary>A minor traffic accident (轻微交通事故).</summary>
    Traffic = 4,

    /// <summary>Any other dispute.</summary>
    Other = 5,
}
