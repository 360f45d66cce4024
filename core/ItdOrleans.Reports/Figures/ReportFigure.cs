namespace ItdOrleans.Reports.Figures;

/// <summary>A figure written to disk as PNG and SVG, named relative to the report's folder.</summary>
public sealed record ReportFigure(string Title, string PngFile, string SvgFile);
