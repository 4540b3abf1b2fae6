using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// What model binding says when a value cannot be read, in our words and by the kind of value the field holds
/// ("Enter a real date, e.g. 14 March 2026") — never the framework's "The value 'abc' is not valid for …".
/// A blank field bound to a non-nullable string stays "" rather than null, so the validators, not a null
/// dereference, answer it.
/// </summary>
public sealed class BindingMessagesProvider : IBindingMetadataProvider, IDisplayMetadataProvider
{
    public const string Date = "Enter a real date, e.g. 14 March 2026.";
    public const string Time = "Enter a time, e.g. 09:30.";
    public const string WholeNumber = "Enter a whole number, e.g. 12.";
    public const string Number = "Enter a number, e.g. 12.5.";
    public const string Choice = "Choose one of the options.";
    public const string YesOrNo = "Choose yes or no.";
    public const string Other = "This value could not be read; check what you entered.";

    public static string MessageFor(Type type)
    {
        var kind = Nullable.GetUnderlyingType(type) ?? type;
        return kind.IsEnum ? Choice
            : kind == typeof(DateOnly) || kind == typeof(DateTime) || kind == typeof(DateTimeOffset) ? Date
            : kind == typeof(TimeOnly) || kind == typeof(TimeSpan) ? Time
            : kind == typeof(int) || kind == typeof(long) || kind == typeof(short) || kind == typeof(byte) ? WholeNumber
            : kind == typeof(double) || kind == typeof(decimal) || kind == typeof(float) ? Number
            : kind == typeof(bool) ? YesOrNo
            : Other;
    }

    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        var message = MessageFor(context.Key.ModelType);
        var messages = new Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider();
        context.BindingMetadata.ModelBindingMessageProvider = messages;
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => message);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => message);
        messages.SetUnknownValueIsInvalidAccessor(_ => message);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => message);
        messages.SetValueIsInvalidAccessor(_ => message);
        messages.SetValueMustBeANumberAccessor(_ => message);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => message);
        messages.SetValueMustNotBeNullAccessor(_ => message);
        messages.SetMissingBindRequiredValueAccessor(_ => message);
        messages.SetMissingKeyOrValueAccessor(() => message);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => Other);
    }

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.ModelType == typeof(string) && context.Key.PropertyInfo is { } property
            && new NullabilityInfoContext().Create(property).WriteState == NullabilityState.NotNull)
        {
            context.DisplayMetadata.ConvertEmptyStringToNull = false;
        }
    }
}

/// <summary>
/// A request whose handler does not exist on the page (a POST with no <c>?handler=</c> to a page that has only named
/// ones, or a name the page does not have) is a 404 — not the page rendered without its data, and not the page's
/// unnamed handler run instead (a delete page posted with <c>?handler=anything</c> would delete).
/// </summary>
public sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        // Razor Pages runs the unnamed handler for an unknown ?handler= name; here an unknown name is unknown.
        var asked = context.RouteData.Values["handler"]?.ToString() is { Length: > 0 } routed ? routed : request.Query["handler"].ToString();
        var unknownName = asked.Length > 0 && !string.Equals(context.HandlerMethod?.Name, asked, StringComparison.OrdinalIgnoreCase);
        if (unknownName || (context.HandlerMethod is null
            && (context.ActionDescriptor.HandlerMethods.Count > 0 || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))))
        {
            context.Result = new NotFoundResult();
            return;
        }
        await next();
    }
}
