namespace ItdOrleans.Client.Hosting;

/// <summary>The cluster could not be reached or is not configured; the message says which and where.</summary>
public sealed class ClusterUnreachableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
