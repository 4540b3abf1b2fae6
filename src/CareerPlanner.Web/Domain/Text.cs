namespace CareerPlanner.Web.Domain;

public static class Text
{
    /// <summary>Optional text as stored: trimmed, and null when nothing but white space was typed.</summary>
    public static string? TrimToNull(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Text read from a file: trimmed, null when empty, and cut to what the field holds.</summary>
    public static string? TrimToLength(this string? text, int maxLength) =>
        text.TrimToNull() is { } trimmed ? (trimmed.Length <= maxLength ? trimmed : trimmed[..maxLength].TrimEnd()) : null;
}
