namespace ItdOrleans.Silo;

/// <summary>A setting that keeps the silo from starting, with a message that says which and why.</summary>
public sealed class SiloStartupException(string message) : Exception(message);
