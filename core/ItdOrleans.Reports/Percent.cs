namespace ItdOrleans.Reports;

/// <summary>Accuracies are fractions in training results and percentages in reports.</summary>
public static class Percent
{
    /// <summary>A fraction of correct answers as a percentage.</summary>
    public static double Of(float fraction) => 100.0 * fraction;
}
