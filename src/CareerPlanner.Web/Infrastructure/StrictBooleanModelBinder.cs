using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// Binds check boxes strictly: only true/false are read. An unreadable value ("banana") becomes a model error, and the attempted value is not kept:
/// the stock check-box tag helper converts a kept attempted value with Convert.ToBoolean and would throw (a 500).
/// </summary>
public sealed class StrictBooleanModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        // A checked box posts "true" followed by the hidden "false"; the first value decides.
        var first = result.FirstValue;
        if (string.IsNullOrEmpty(first))
        {
            return Task.CompletedTask;
        }

        if (bool.TryParse(first, out var value))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(
                bindingContext.ModelName,
                $"The value for {bindingContext.ModelMetadata.GetDisplayName()} must be yes or no.");
        }
        return Task.CompletedTask;
    }
}

public sealed class StrictBooleanModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool) ? new StrictBooleanModelBinder() : null;
}
