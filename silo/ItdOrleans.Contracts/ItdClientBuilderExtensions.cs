namespace ItdOrleans.Contracts;

/// <summary>The client set-up every program that talks to an ItdOrleans cluster shares.</summary>
public static class ItdClientBuilderExtensions
{
    /// <summary>
    /// Registers the JSON wire format and carries the caller's trace context into the grains, so
    /// that a sweep's span continues the span of the command that started it.
    /// </summary>
    public static IClientBuilder AddItdClientDefaults(this IClientBuilder client)
    {
        client.Services.AddItdSerializer();
        client.AddActivityPropagation();
        return client;
    }
}
