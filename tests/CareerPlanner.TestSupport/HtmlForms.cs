using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace CareerPlanner.TestSupport;

/// <summary>A page as a browser would see it: its parsed document and the address it came from.</summary>
public sealed record HtmlPage(Uri Address, IHtmlDocument Document)
{
    public IHtmlFormElement Form(string? selector = null) =>
        (IHtmlFormElement?)Document.QuerySelector(selector ?? "main form")
        ?? throw new InvalidOperationException($"No form '{selector ?? "main form"}' on {Address}");

    public string Text(string selector) =>
        Document.QuerySelector(selector)?.TextContent.Trim()
        ?? throw new InvalidOperationException($"Nothing matches '{selector}' on {Address}");

    public string? InputValue(string name) =>
        (Document.QuerySelector($"[name='{name}']") as IHtmlInputElement)?.Value;

    public IReadOnlyList<string> FieldErrors(string name) =>
        [.. Document.QuerySelectorAll($"[data-valmsg-for='{name}']").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0)];

    public IReadOnlyList<string> SummaryErrors =>
        [.. Document.QuerySelectorAll("#error-summary li").Select(e => e.TextContent.Trim())];
}

public static class HtmlForms
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Uploads a file through the page's real upload form (multipart, with its hidden fields and antiforgery token)
    /// as the field <c>Input.File</c>, and returns the page that answers.</summary>
    public static async Task<HtmlPage> UploadAsync(this HttpClient client, string url, byte[] file, string fileName, string contentType)
    {
        var page = await client.GetPageAsync(url);
        var form = page.Form("form[enctype='multipart/form-data']");
        using var content = new MultipartFormDataContent();
        foreach (var hidden in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden"))
        {
            content.Add(new StringContent(hidden.Value), hidden.Name!);
        }
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(part, "Input.File", fileName);
        using var response = await client.PostAsync(new Uri(page.Address, form.GetAttribute("action")), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ParseAsync();
    }

    public static async Task<HtmlPage> ParseAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response.RequestMessage!.RequestUri!, await Parser.ParseDocumentAsync(html));
    }

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public static async Task<HtmlPage> GetPageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}, not 200");
        return await response.ParseAsync();
    }

    /// <summary>
    /// Submits a real form the way a browser does: every successful control with its current value (the
    /// antiforgery token included), then <paramref name="values"/> replacing or adding fields by name, and the
    /// fields whose names start with one of <paramref name="omit"/> left out (as a browser leaves out an unchecked radio).
    /// </summary>
    public static Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, HtmlPage page, IHtmlFormElement form, IReadOnlyDictionary<string, string>? values = null, IReadOnlyList<string>? omit = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when string.IsNullOrEmpty(input.Name) || input.IsDisabled:
                    break;
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) { fields.Add(new(input.Name!, input.Value)); }
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "image" or "reset":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
                    break;
            }
        }
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(field => field.Key == name);
            fields.Add(new(name, value));
        }
        fields.RemoveAll(field => omit?.Any(prefix => field.Key.StartsWith(prefix, StringComparison.Ordinal)) == true);

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Address : new Uri(page.Address, action);
        return client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string url, IReadOnlyDictionary<string, string>? values = null, string? formSelector = null)
    {
        var page = await client.GetPageAsync(url);
        return await client.SubmitAsync(page, page.Form(formSelector), values);
    }
}
