using System.Net;
using AngleSharp.Html.Dom;
using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Pages;

/// <summary>
/// What the scanners did, on every page of the app, signed in: every form posted with each kind of bad value in every
/// field, a POST with no handler and with an unknown one, a non-ASCII return address. Nothing answers 500 (or a bare
/// 400 that throws the input away), and a refused form writes no row. The pages and forms are read from the app, so a
/// page added later is probed without touching this test.
/// </summary>
public class ProbeTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    public static readonly IReadOnlyList<(string Kind, string Value)> BadValues =
    [
        ("not a number", "abc"),
        ("NaN", "NaN"),
        ("infinity", "Infinity"),
        ("an overflowing number", "1e400"),
        ("100,000 characters", new string('x', 100_000)),
        ("a NUL byte", "before\0after"),
        ("an impossible date", "22026-03-10"),
    ];

    private sealed record ProbedForm(HtmlPage Page, IHtmlFormElement Form, string Action, IReadOnlyList<string> Fields);

    [Fact]
    public async Task No_page_answers_500_to_bad_values_unknown_handlers_or_a_non_ascii_return_address()
    {
        var (owner, _, _, ids, _) = await OwnedData.SeedAsync(factory);
        var routes = await AppRoutes.AllAsync(factory, ids);
        var failures = new List<string>();
        var token = (await owner.GetPageAsync("/Plans/Create")).InputValue("__RequestVerificationToken")!;

        var forms = new Dictionary<string, ProbedForm>();
        foreach (var route in routes.Where(r => r.Method == "GET"))
        {
            using var response = await owner.GetAsync(route.Url);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"GET {route.Url} answered {(int)response.StatusCode}");
                continue;
            }
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var page = await response.ParseAsync();
            foreach (var form in page.Document.QuerySelectorAll("main form").OfType<IHtmlFormElement>()
                         .Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
            {
                var fields = form.Elements.Select(e => e.GetAttribute("name")).OfType<string>()
                    .Where(name => name.Length > 0 && name is not "__RequestVerificationToken" and not "__SubmissionId").Distinct().ToList();
                var action = new Uri(page.Address, form.GetAttribute("action") ?? "").PathAndQuery;
                if (fields.Count > 0)
                {
                    forms.TryAdd(action + " " + string.Join(",", fields.Order()), new ProbedForm(page, form, action, fields));
                }
            }
        }
        Assert.True(forms.Count >= 40, $"Only {forms.Count} forms found");

        foreach (var probed in forms.Values)
        {
            foreach (var (kind, value) in BadValues)
            {
                var before = await RowCountAsync();
                using var response = await owner.SubmitAsync(probed.Page, probed.Form, probed.Fields.ToDictionary(name => name, _ => value));
                var status = (int)response.StatusCode;
                if (status >= 500 || status == 400)
                {
                    failures.Add($"POST {probed.Action} with {kind} in every field answered {status}");
                }
                else if (status == 200 && await RowCountAsync() != before)
                {
                    failures.Add($"POST {probed.Action} with {kind} in every field was refused but wrote a row");
                }
            }
            using var café = await owner.SubmitAsync(probed.Page, probed.Form, new Dictionary<string, string> { ["returnUrl"] = "/café", ["ReturnUrl"] = "/café" });
            if ((int)café.StatusCode >= 500)
            {
                failures.Add($"POST {probed.Action} with the return address /café answered {(int)café.StatusCode}");
            }
            using var stillIn = await owner.GetAsync("/Dashboard");
            Assert.True(stillIn.StatusCode == HttpStatusCode.OK, $"Probing POST {probed.Action} signed the owner out:\n" + string.Join("\n", failures));
        }

        // Last, as a page's own unnamed handler runs for a POST without a name: an unknown name is always a 404, no name
        // on a page with only named handlers too. Signing out is left out; it is what its POST is for.
        foreach (var path in routes.Where(r => r.IsPage && r.Path != "/Identity/Account/Logout").Select(r => r.Path).Distinct())
        {
            var hasUnnamedPost = routes.Any(r => r.Path == path && r.Method == "POST" && r.Handler is null);
            using var unknown = await owner.PostAsync(path + "?handler=NoSuchHandler", Form(token));
            // The account forms are rate limited per client before any page runs; their 429 is a refusal too.
            if (unknown.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.TooManyRequests))
            {
                failures.Add($"POST {path}?handler=NoSuchHandler answered {(int)unknown.StatusCode}, not 404");
            }
            using var none = await owner.PostAsync(path, Form(token));
            if ((int)none.StatusCode >= 500 || (!hasUnnamedPost && none.StatusCode != HttpStatusCode.NotFound))
            {
                failures.Add($"POST {path} answered {(int)none.StatusCode}{(hasUnnamedPost ? "" : ", not 404")}");
            }
        }

        // Whatever was accepted, every page still opens and the person can still take their data.
        foreach (var route in routes.Where(r => r.Method == "GET"))
        {
            using var response = await owner.GetAsync(route.Url);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"After the probes, GET {route.Url} answered {(int)response.StatusCode}");
            }
        }
        using var download = await owner.SubmitAsync("/Identity/Account/Manage/PersonalData", formSelector: "#download-data");
        if (download.StatusCode != HttpStatusCode.OK)
        {
            failures.Add($"After the probes, the personal-data download answered {(int)download.StatusCode}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static FormUrlEncodedContent Form(string token) => new(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

    /// <summary>The number of rows in every table, in one query.</summary>
    private Task<long> RowCountAsync() => factory.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var tables = DatabaseTables.Names(db);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT " + string.Join(" + ", tables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\")"));
        return (long)(await count.ExecuteScalarAsync())!;
    });
}
