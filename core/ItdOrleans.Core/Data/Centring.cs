namespace ItdOrleans.Core.Data;

/// <summary>Which mean image is subtracted from the inputs of each split.</summary>
public enum Centring
{
    /// <summary>Every split is centred by the training split's mean (no test information leaks).</summary>
    TrainingMean,

    /// <summary>Each split is centred by its own mean, as the paper's author did.</summary>
    PerSplit,
}
