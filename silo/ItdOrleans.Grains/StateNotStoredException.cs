namespace ItdOrleans.Grains;

/// <summary>A grain's state that storage refused for a reason that waiting does not cure.</summary>
public sealed class StateNotStoredException(string message, Exception inner) : Exception(message, inner);
