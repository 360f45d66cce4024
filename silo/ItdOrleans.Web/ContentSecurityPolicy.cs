using Microsoft.AspNetCore.Http;

namespace ItdOrleans.Web;

/// <summary>
/// The Content-Security-Policy of the sweep pages: scripts and images from the silo only, so that no
/// inline script and no javascript: address runs, whatever a report or table holds.
/// </summary>
internal static class ContentSecurityPolicy
{
    // The live figures are SVG drawn into the page, whose elements carry style attributes.
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>An endpoint filter that sends the policy with every answer of its endpoints.</summary>
    public static ValueTask<object?> Send(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.ContentSecurityPolicy = Policy;
        return next(context);
    }
}
