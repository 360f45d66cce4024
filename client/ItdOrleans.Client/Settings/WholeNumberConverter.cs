using System.ComponentModel;
using System.Globalization;

namespace ItdOrleans.Client.Settings;

/// <summary>
/// Reads an option's whole number; text that is not one is refused with a
/// <see cref="WholeNumberException"/>, which <see cref="ErrorReport"/> words with the option's name.
/// </summary>
public sealed class WholeNumberConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string);

    public override object ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        var text = value as string ?? "";
        return int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new WholeNumberException(text);
    }
}
