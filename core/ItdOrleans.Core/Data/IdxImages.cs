namespace ItdOrleans.Core.Data;

/// <summary>The images of an IDX file: row-major bytes, one per pixel.</summary>
public sealed record IdxImages(int Count, int Rows, int Columns, byte[] Pixels)
{
    /// <summary>Pixels per image.</summary>
    public int Features => Rows * Columns;
}
