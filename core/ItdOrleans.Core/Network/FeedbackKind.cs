namespace ItdOrleans.Core.Network;

/// <summary>Which fixed random feedback matrices a learning rule sends its errors through.</summary>
internal enum FeedbackKind
{
    /// <summary>None: errors travel back through the forward weights.</summary>
    None,

    /// <summary>B[l], shaped like W[l], layer by layer.</summary>
    Layerwise,

    /// <summary>D[l], straight from the output to each hidden layer.</summary>
    Direct,
}
