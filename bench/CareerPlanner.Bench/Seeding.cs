using System.Net;
using CareerPlanner.TestSupport;
using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Bench;

/// <summary>
/// A person registered through the app's own forms with one plan made through its form; the many rows of a large plan
/// (goals with three readings and a milestone, actions, weekly check-ins, contacts) are then written to the same
/// database (the app's SQLite file or PostgreSQL database), as the tests that count SQL commands do.
/// </summary>
internal static class Seeding
{
    /// <summary>
    /// Against the app on Kestrel, as behind the TLS-terminating proxy a Production server has: the proxy's
    /// X-Forwarded-Proto header on every request, and the (secure) cookies kept by hand, which come back for wrk.
    /// </summary>
    public static async Task<(Person Person, Browser Browser)> PersonAsync(Uri address, Func<AppDbContext> database, Dataset data)
    {
        var browser = new Browser(address);
        return (await PersonAsync(browser.Client, database, data), browser);
    }

    /// <summary>The person's browser behind the proxy: it keeps the cookies the app renews, as a browser does.</summary>
    internal sealed class Browser : IDisposable
    {
        private readonly BehindProxy handler = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });

        public Browser(Uri address) => Client = new HttpClient(handler) { BaseAddress = address };

        public HttpClient Client { get; }

        /// <summary>
        /// Opens the page once (it must answer 200: wrk counts a redirect to the sign-in page as a success) and returns
        /// the cookies to send, renewed by the app if it renewed them (the security-stamp check renews an older cookie).
        /// </summary>
        public async Task<string> CookieForAsync(string path)
        {
            using var response = await Client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}, not 200.");
            }
            return handler.CookieHeader;
        }

        public void Dispose() => Client.Dispose();
    }

    private sealed class BehindProxy(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly Dictionary<string, string> cookies = [];

        public string CookieHeader => string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add(Wrk.ForwardedProto.Name, Wrk.ForwardedProto.Value);
            if (cookies.Count > 0)
            {
                request.Headers.Add("Cookie", CookieHeader);
            }
            var response = await base.SendAsync(request, cancellationToken);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';', 2)[0].Split('=', 2);
                if (pair[1].Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    cookies.Remove(pair[0]);
                }
                else
                {
                    cookies[pair[0]] = pair[1];
                }
            }
            return response;
        }
    }

    public static async Task<Person> PersonAsync(HttpClient client, Func<AppDbContext> database, Dataset data)
    {
        var email = Accounts.NewEmail();
        using (var registered = await client.SubmitAsync("/Identity/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Accounts.Password, ["Input.ConfirmPassword"] = Accounts.Password,
        }))
        {
            if (registered.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Registering answered {(int)registered.StatusCode}.");
            }
        }
        var planId = await client.CreatePlanAsync($"Plan with {data.Goals} goals");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = DateTime.UtcNow;

        await using var db = database();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var goals = Enumerable.Range(1, data.Goals).Select(n => new Goal(planId, today.AddDays(-90), now)
        {
            Title = $"Ship side project number {n}", Description = "Done", MetricType = MetricType.Number, MetricWhat = "features",
            Baseline = 0, Target = 10, Achievable = "Evenings", RelevanceReason = "Because it matters to me",
            Horizon = GoalHorizon.OneYear, TargetDate = today.AddMonths(3 + n % 9),
        }).ToList();
        db.Goals.AddRange(goals);
        await db.SaveChangesAsync();
        db.ProgressReadings.AddRange(goals.SelectMany(goal =>
            Enumerable.Range(1, 3).Select(r => new ProgressReading(goal.Id, today.AddDays(-20 * r), 4 - r, null, now))));
        db.Milestones.AddRange(goals.Select((goal, n) => new Milestone(goal.Id, "Halfway there", 1) { Date = today.AddDays(n % 60) }));
        db.ActionItems.AddRange(Enumerable.Range(0, data.Actions).Select(n => new ActionItem(planId)
        {
            Title = $"Next step {n}", DueDate = today.AddDays(n % 30 - 10), GoalId = goals[n % goals.Count].Id,
        }));
        db.Reviews.AddRange(Enumerable.Range(0, data.Reviews).Select(week =>
        {
            var held = today.AddDays(-7 * (week + 1));
            return new Review(planId, ReviewKind.Weekly, ReviewPeriods.Covering(ReviewKind.Weekly, held, DayOfWeek.Monday), now)
            {
                HeldOn = held, Satisfaction = 1 + (week % 10),
            };
        }));
        db.Contacts.AddRange(Enumerable.Range(0, data.Contacts).Select(n => new Contact(userId, today.AddDays(-n))
        {
            Name = $"Contact {n}", HowWeKnow = "Work", CadenceDays = 30,
        }));
        await db.SaveChangesAsync();
        return new Person(email, planId, today);
    }
}
