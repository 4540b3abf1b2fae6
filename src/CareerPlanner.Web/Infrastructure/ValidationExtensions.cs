using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Infrastructure;

public static class ValidationExtensions
{
    /// <summary>Copies FluentValidation errors into ModelState under the bound property's prefix,
    /// so the stock validation tag helpers show each message beside its field.</summary>
    public static void AddTo(this ValidationResult result, ModelStateDictionary modelState, string prefix = "Input")
    {
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(error.PropertyName) ? prefix : $"{prefix}.{error.PropertyName}";
            // A value that could not be read already says so ("Enter a real date…"); one message per field.
            if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }
            modelState.AddModelError(key, error.ErrorMessage);
        }
    }

    /// <summary>An error beside one field of the page's bound <c>Input</c>: pass the field as <c>nameof(XInput.Field)</c>.</summary>
    public static void AddInputError(this ModelStateDictionary modelState, string field, string message) =>
        modelState.AddModelError($"Input.{field}", message);
}
