namespace ItdOrleans.ServiceDefaults;

/// <summary>The data split an accuracy or loss was measured on.</summary>
public enum EvaluationSplit
{
    /// <summary>The validation split held out of the training set.</summary>
    Validation,

    /// <summary>The test set.</summary>
    Test,
}
