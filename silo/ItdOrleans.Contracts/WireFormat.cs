using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace ItdOrleans.Contracts;

/// <summary>
/// How the plain records of the numeric core and the sweep library cross the wire: as JSON,
/// since they carry no Orleans attributes. Silos and clients must both register it.
/// </summary>
public static class WireFormat
{
    /// <summary>Registers the JSON codec for core and sweep types.</summary>
    public static IServiceCollection AddItdSerializer(this IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddJsonSerializer(IsCarriedAsJson, JsonOptions));

    /// <summary>Options of the JSON codec; a diverged learning curve holds NaN and infinite losses.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>
    /// True for the types of the core and sweep libraries, except exceptions, which Orleans
    /// carries by itself.
    /// </summary>
    public static bool IsCarriedAsJson(Type type) =>
        !typeof(Exception).IsAssignableFrom(type)
        && type.Namespace is { } space
        && (IsIn(space, "ItdOrleans.Core") || IsIn(space, "ItdOrleans.Sweeps"));

    private static bool IsIn(string space, string root) =>
        space == root || space.StartsWith(root + ".", StringComparison.Ordinal);
}
