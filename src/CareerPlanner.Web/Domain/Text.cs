namespace CareerPlanner.Web.Domain;

public static class Text
{
    /// <summary>Optional text as stored: trimmed, and null when nothing but white space was typed.</summary>
    public static string? TrimToNull(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
