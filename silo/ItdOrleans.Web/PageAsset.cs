namespace ItdOrleans.Web;

/// <summary>A file the sweep pages load, with its content type.</summary>
internal sealed record PageAsset(byte[] Content, string ContentType);
