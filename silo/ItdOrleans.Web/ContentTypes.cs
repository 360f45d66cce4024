namespace ItdOrleans.Web;

/// <summary>The content types the sweep pages answer with.</summary>
internal static class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";
    public const string Svg = "image/svg+xml";
    public const string Png = "image/png";
}
