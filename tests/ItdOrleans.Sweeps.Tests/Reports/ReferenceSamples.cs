namespace ItdOrleans.Sweeps.Tests.Reports;

/// <summary>Small samples whose test statistics were computed once with scipy 1.10.1 and numpy.</summary>
internal static class ReferenceSamples
{
    /// <summary>Five seeds of a stronger rule: final test accuracy in percent.</summary>
    public static readonly double[] Strong = [91.2, 90.8, 91.9, 91.5, 90.6];

    /// <summary>Five seeds of a weaker rule.</summary>
    public static readonly double[] Weak = [87.1, 88.0, 87.6, 86.9, 88.3];

    /// <summary>Six values with a small spread.</summary>
    public static readonly double[] Narrow = [1, 2, 3, 4, 5, 6];

    /// <summary>Four values with a larger spread and a higher mean.</summary>
    public static readonly double[] Wide = [2.5, 7.5, 9, 11];
}
