using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Caching.Memory;

namespace CareerPlanner.Web.Infrastructure;

/// <summary>
/// Every form that posts carries a one-time submission id (<see cref="SubmissionIdTagHelper"/>). The server treats a
/// second POST of the same submission — a double click, a re-sent request — as the first: it waits for the first to
/// finish and answers with the same redirect, writing nothing new (<see cref="OneSubmissionFilter"/>). The submit
/// button also disables itself after the first click (submit-once.js).
/// </summary>
public static class Submissions
{
    public const string FieldName = "__SubmissionId";

    /// <summary>How long a finished submission is remembered.</summary>
    public static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(10);
}

[HtmlTargetElement("form", Attributes = "method")]
public sealed class SubmissionIdTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (context.AllAttributes.TryGetAttribute("method", out var method)
            && string.Equals(method.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase))
        {
            output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{Submissions.FieldName}\" value=\"{Guid.NewGuid():N}\" />");
        }
    }
}

public sealed class OneSubmissionFilter(IMemoryCache cache) : IAsyncResourceFilter
{
    private sealed class Submission
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public string? Location { get; set; }
    }

    private static readonly Lock Creating = new();

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            await next();
            return;
        }
        var form = await request.ReadFormAsync();
        if (!Guid.TryParse(form[Submissions.FieldName], out var id))
        {
            await next();
            return;
        }

        var key = Key(context.HttpContext, id, form);
        Submission submission;
        lock (Creating)
        {
            submission = cache.GetOrCreate(key, entry =>
            {
                entry.SlidingExpiration = Submissions.RememberFor;
                return new Submission();
            })!;
        }
        await submission.Gate.WaitAsync(context.HttpContext.RequestAborted);
        try
        {
            if (submission.Location is { } location)
            {
                context.Result = new RedirectResult(location);
                return;
            }
            await next();
            var response = context.HttpContext.Response;
            if (response.StatusCode is StatusCodes.Status302Found or StatusCodes.Status303SeeOther && response.Headers.Location.ToString() is { Length: > 0 } done)
            {
                submission.Location = done;
            }
        }
        finally
        {
            submission.Gate.Release();
        }
    }

    /// <summary>The same person, the same form instance and the same values: a second click, not a second entry.</summary>
    private static string Key(HttpContext context, Guid id, IFormCollection form)
    {
        var who = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
        var body = new StringBuilder(context.Request.Path.Value).Append('?').Append(context.Request.QueryString.Value);
        foreach (var field in form.Where(f => f.Key != "__RequestVerificationToken").OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            body.Append('\n').Append(field.Key).Append('=').Append(string.Join('\u001f', field.Value.ToArray()));
        }
        return $"submission:{who}:{id:N}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body.ToString())))}";
    }
}
