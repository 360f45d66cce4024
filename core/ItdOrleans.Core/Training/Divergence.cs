namespace ItdOrleans.Core.Training;

/// <summary>
/// When a run counts as diverged: its minibatch loss is not finite or far past chance, or its
/// evaluation losses or parameters are not finite.
/// </summary>
/// <remarks>
/// The softmax cross-entropy is computed stably, so its loss stays finite long after the weights
/// have blown up; a bound on the loss catches such a run within a few iterations.
/// </remarks>
internal static class Divergence
{
    // Chance is ln(10) ≈ 2.3 nats; at 50 the correct class gets e^-50 on average, which no learning run reaches.
    public const float MaxMinibatchLoss = 50f;

    /// <summary>Whether a minibatch's mean loss is NaN, infinite or above <see cref="MaxMinibatchLoss"/>.</summary>
    public static bool IsDivergedLoss(float loss) => !float.IsFinite(loss) || loss > MaxMinibatchLoss;

    /// <summary>Whether an evaluation's losses are NaN or infinite.</summary>
    public static bool IsDivergedPoint(CurvePoint point) =>
        !float.IsFinite(point.ValidationLoss) || !float.IsFinite(point.TestLoss);

    /// <summary>Whether any weight or bias is NaN or infinite.</summary>
    public static bool HasNonFiniteParameters(float[][] weights, float[][] biases) =>
        weights.Any(HasNonFinite) || biases.Any(HasNonFinite);

    private static bool HasNonFinite(float[] values)
    {
        foreach (var value in values)
        {
            if (!float.IsFinite(value))
            {
                return true;
            }
        }

        return false;
    }
}
