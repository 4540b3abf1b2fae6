using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// <c>&lt;error-summary /&gt;</c>: when the form has errors, a summary at the top of it that takes focus
/// (site.js) and links every message to its field; the message beside the field stays where it is.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState
            .Where(entry => entry.Value is { ValidationState: ModelValidationState.Invalid })
            .SelectMany(entry => entry.Value!.Errors.Select(error => (Key: entry.Key, error.ErrorMessage)))
            .Where(error => !string.IsNullOrWhiteSpace(error.ErrorMessage))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", "error-summary");
        output.Attributes.SetAttribute("class", "alert alert-danger error-summary");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("aria-labelledby", "error-summary-title");

        var html = new System.Text.StringBuilder();
        html.Append("<h2 id=\"error-summary-title\" class=\"h5\">")
            .Append(errors.Count == 1 ? "There is a problem" : $"There are {errors.Count} problems")
            .Append("</h2><ul class=\"mb-0\">");
        foreach (var (key, message) in errors)
        {
            var encoded = HtmlEncoder.Default.Encode(message);
            html.Append("<li>");
            if (IsFieldKey(key))
            {
                var fieldId = TagBuilder.CreateSanitizedId(key, "_");
                html.Append("<a class=\"alert-link\" href=\"#").Append(HtmlEncoder.Default.Encode(fieldId)).Append("\">")
                    .Append(encoded).Append("</a>");
            }
            else
            {
                html.Append(encoded);
            }
            html.Append("</li>");
        }
        html.Append("</ul>");
        output.Content.SetHtmlContent(html.ToString());
    }

    // Model-level errors are stored under "" or the bound object's own name ("Input") and have no field to link to.
    private static bool IsFieldKey(string key) => key.Contains('.', StringComparison.Ordinal);
}
