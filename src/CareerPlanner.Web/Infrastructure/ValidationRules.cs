using FluentValidation;

namespace CareerPlanner.Web.Infrastructure;

public static class ValidationRules
{
    /// <summary>An optional web address: absolute, http or https only (never javascript:, data: or a relative path).</summary>
    public static IRuleBuilderOptions<T, string?> OptionalHttpUrl<T>(this IRuleBuilder<T, string?> rule, int maxLength) => rule
        .MaximumLength(maxLength).WithMessage($"Keep the address to {maxLength} characters or fewer.")
        .Must(url => string.IsNullOrWhiteSpace(url) || IsHttpUrl(url))
        .WithMessage("Enter a web address that starts with http:// or https://, such as https://example.com/job-ad.");

    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>
    /// Any number a person types for a measure (a baseline, a target, a reading): finite and within
    /// ±<see cref="Goal.MeasureLimit"/>. "1e999", "Infinity" and "NaN" parse as numbers but are none a person means,
    /// and JSON (the personal-data download) cannot carry them.
    /// </summary>
    public static IRuleBuilderOptions<T, double?> Measure<T>(this IRuleBuilder<T, double?> rule) => rule
        .Must(value => value is not { } v || (double.IsFinite(v) && Math.Abs(v) <= Goal.MeasureLimit))
        .WithMessage(MeasureMessage);

    public static readonly string MeasureMessage = string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"Enter a number between −{Goal.MeasureLimit:N0} and {Goal.MeasureLimit:N0}.");

    /// <summary>A 1–5 rating, with the message said in the words of the scale.</summary>
    public static IRuleBuilderOptions<T, int?> Rating<T>(this IRuleBuilder<T, int?> rule, string scale) => rule
        .NotNull().WithMessage($"Choose from 1 to 5 ({scale}).")
        .InclusiveBetween(1, 5).WithMessage($"Choose from 1 to 5 ({scale}).");
}
