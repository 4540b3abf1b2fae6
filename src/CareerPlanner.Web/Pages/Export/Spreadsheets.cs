using System.Globalization;
using CareerPlanner.Web.Infrastructure.Time;
using CsvHelper;

namespace CareerPlanner.Web.Pages.Export;

/// <summary>One list of the person's, as a spreadsheet: a header row and one row per item, every cell text.</summary>
public sealed record Sheet(string[] Header, IReadOnlyList<string[]> Rows);

/// <summary>
/// The person's lists as CSV for spreadsheet apps: UTF-8 with a byte order mark (so accents show), ISO dates, one
/// header row, and every text cell that a spreadsheet would run as a formula (starting with = + - @, tab or CR)
/// escaped with a leading apostrophe (numbers and dates are written as they are). Goals, milestones, actions and
/// reviews come from all of the person's plans, with the plan's title in the first column.
/// </summary>
public sealed class Spreadsheets(AppDbContext db, Plans.Goals.GoalBoard goals, Network.ContactEditor contacts, History.CareerHistory history, UserClock clock)
{
    /// <summary>The lists that can be downloaded, by the name in their address (/Export/{list}.csv), with what the person calls them.</summary>
    public static readonly IReadOnlyList<(string List, string Title)> Lists =
    [
        ("goals", "Goals, with the latest reading and progress"),
        ("milestones", "Milestones"),
        ("actions", "Actions"),
        ("reviews", "Reviews and check-ins"),
        ("skills", "Skills"),
        ("learning", "Learning"),
        ("achievements", "Achievements"),
        ("contacts", "Network contacts, with the last and next contact"),
        ("history", "Career history: positions, education, certifications and languages"),
        ("comments", "Comments on your plans, yours and your mentors'"),
    ];

    public Task<Sheet?> SheetAsync(string userId, string list) => list switch
    {
        "goals" => Some(GoalsAsync(userId)),
        "milestones" => Some(MilestonesAsync(userId)),
        "actions" => Some(ActionsAsync(userId)),
        "reviews" => Some(ReviewsAsync(userId)),
        "skills" => Some(SkillsAsync(userId)),
        "learning" => Some(LearningAsync(userId)),
        "achievements" => Some(AchievementsAsync(userId)),
        "contacts" => Some(ContactsAsync(userId)),
        "history" => Some(HistoryAsync(userId)),
        "comments" => Some(CommentsAsync(userId)),
        _ => Task.FromResult<Sheet?>(null),
    };

    private static async Task<Sheet?> Some(Task<Sheet> sheet) => await sheet;

    /// <summary>The titles of the person's plans, for the lists that span them.</summary>
    private Task<Dictionary<int, string>> PlansAsync(string userId) =>
        db.Plans.AsNoTracking().Where(p => p.OwnerId == userId).Select(p => new { p.Id, p.Title }).ToDictionaryAsync(p => p.Id, p => p.Title);

    private async Task<Sheet> GoalsAsync(string userId)
    {
        var plans = await PlansAsync(userId);
        var facts = await goals.FactsAsync(userId, plans.Keys);
        return new(["Plan", "Goal", "Horizon", "Status", "Target date", "Unit", "Baseline", "Target", "Latest reading", "Latest reading on", "Progress %"],
            [.. facts.OrderBy(g => plans[g.PlanId]).ThenBy(g => g.TargetDate).ThenBy(g => g.Title).Select(g => new[]
            {
                Text(plans[g.PlanId]), Text(g.Title), g.Horizon.Title(), g.Status.Title(), Date(g.TargetDate), Text(g.Unit),
                Number(g.Baseline), Number(g.Target), Number(g.LatestValue), Date(g.LatestOn), g.Progress.ToString(CultureInfo.InvariantCulture),
            })]);
    }

    private async Task<Sheet> MilestonesAsync(string userId)
    {
        var plans = await PlansAsync(userId);
        var milestones = await db.Milestones.AsNoTracking().Join(db.Goals.Where(g => plans.Keys.Contains(g.PlanId)), m => m.GoalId, g => g.Id,
            (m, g) => new { g.PlanId, Goal = g.Title, m.Title, m.Sequence, m.Date, m.ReachedOn }).ToListAsync();
        return new(["Plan", "Goal", "Milestone", "Order", "Date", "Reached on"],
            [.. milestones.OrderBy(m => plans[m.PlanId]).ThenBy(m => m.Goal).ThenBy(m => m.Sequence).Select(m => new[]
            {
                Text(plans[m.PlanId]), Text(m.Goal), Text(m.Title), m.Sequence.ToString(CultureInfo.InvariantCulture), Date(m.Date), Date(m.ReachedOn),
            })]);
    }

    private async Task<Sheet> ActionsAsync(string userId)
    {
        var plans = await PlansAsync(userId);
        var actions = await db.ActionItems.AsNoTracking().Where(a => plans.Keys.Contains(a.PlanId))
            .Select(a => new { a.PlanId, a.Title, Goal = db.Goals.Where(g => g.Id == a.GoalId).Select(g => g.Title).FirstOrDefault(), a.Status, a.DueDate, a.DoneOn })
            .ToListAsync();
        return new(["Plan", "Action", "For goal", "Status", "Due", "Done on"],
            [.. actions.OrderBy(a => plans[a.PlanId]).ThenBy(a => a.DueDate).Select(a => new[]
            {
                Text(plans[a.PlanId]), Text(a.Title), Text(a.Goal), a.Status.Title(), Date(a.DueDate), Date(a.DoneOn),
            })]);
    }

    private async Task<Sheet> ReviewsAsync(string userId)
    {
        var plans = await PlansAsync(userId);
        var reviews = await db.Reviews.AsNoTracking().Where(r => plans.Keys.Contains(r.PlanId))
            .Select(r => new { r.PlanId, r.Kind, r.PeriodStart, r.HeldOn, r.Satisfaction, r.CareerFit, r.NextSteps }).ToListAsync();
        return new(["Plan", "Kind", "Period starts", "Held on", "Satisfaction (1-10)", "Career fit", "Next steps"],
            [.. reviews.OrderBy(r => plans[r.PlanId]).ThenBy(r => r.HeldOn).Select(r => new[]
            {
                Text(plans[r.PlanId]), r.Kind.Title(), Date(r.PeriodStart), Date(r.HeldOn), r.Satisfaction.ToString(CultureInfo.InvariantCulture),
                r.CareerFit?.Title() ?? "", Text(r.NextSteps),
            })]);
    }

    private async Task<Sheet> SkillsAsync(string userId)
    {
        var skills = await db.Skills.AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new { s.Name, s.Category, s.Rating, s.Evidence, s.UpdatedOn }).ToListAsync();
        return new(["Skill", "Category", "Rating (1-5)", "Evidence", "Updated on"],
            [.. skills.OrderByDescending(s => s.Rating).ThenBy(s => s.Name).Select(s => new[]
            {
                Text(s.Name), s.Category.Title(), s.Rating?.ToString(CultureInfo.InvariantCulture) ?? "not yet rated", Text(s.Evidence), Date(s.UpdatedOn),
            })]);
    }

    private async Task<Sheet> LearningAsync(string userId)
    {
        var learning = await db.LearningItems.AsNoTracking().Where(i => i.UserId == userId)
            .Select(i => new { i.Title, i.Kind, i.Status, i.StartedOn, i.FinishedOn, i.Learned }).ToListAsync();
        return new(["Title", "Kind", "Status", "Started on", "Finished on", "What I learned"],
            [.. learning.OrderBy(i => i.Title).Select(i => new[]
            {
                Text(i.Title), i.Kind.Title(), i.Status.Title(), Date(i.StartedOn), Date(i.FinishedOn), Text(i.Learned),
            })]);
    }

    private async Task<Sheet> AchievementsAsync(string userId)
    {
        var achievements = await db.Achievements.AsNoTracking().Where(a => a.UserId == userId).Select(a => new { a.Date, a.What, a.Impact }).ToListAsync();
        return new(["Date", "What", "Impact"],
            [.. achievements.OrderByDescending(a => a.Date).Select(a => new[] { Date(a.Date), Text(a.What), Text(a.Impact) })]);
    }

    private async Task<Sheet> ContactsAsync(string userId)
    {
        var rows = await contacts.RowsAsync(userId, await clock.TodayAsync(userId));
        return new(["Name", "Organisation", "Role", "Tags", "Last contact", "Next contact"],
            [.. rows.OrderBy(c => c.Name).Select(c => new[]
            {
                Text(c.Name), Text(c.Organisation), Text(c.Role), Text(string.Join(", ", c.Tags)), Date(c.LastContact), Date(c.NextFollowUp),
            })]);
    }

    /// <summary>The career history, newest first within each kind: one row per position, course of study, certification and language.</summary>
    private async Task<Sheet> HistoryAsync(string userId)
    {
        var view = await history.LoadAsync(userId);
        static string Month(MonthOrYear? date) => date?.ToIso() ?? "";
        return new(["Kind", "What", "Where or who", "From", "To", "Details"],
        [
            .. view.Positions.Select(p => new[]
            {
                "Position", Text(p.Title), Text(p.Employer), Month(p.Start), p.End is null ? "now" : Month(p.End),
                Text(string.Join("\n", new[] { p.Location, p.Description }.OfType<string>().Concat(p.Highlights.Select(h => "• " + h)))),
            }),
            .. view.Education.Select(e => new[] { "Education", Text(e.Studied), Text(e.Institution), Month(e.Start), Month(e.End), Text(e.Notes) }),
            .. view.Certifications.Select(c => new[] { "Certification", Text(c.Name), Text(c.Issuer), Date(c.IssuedOn), Date(c.ExpiresOn), Text(c.CredentialId) }),
            .. view.Languages.Select(l => new[] { "Language", Text(l.Name), "", "", "", Language.Label(l.Proficiency) }),
        ]);
    }

    /// <summary>The comments on the person's plans, oldest first within each plan: on what, by whom, when (their time).</summary>
    private async Task<Sheet> CommentsAsync(string userId)
    {
        var plans = await PlansAsync(userId);
        var calendar = await clock.CalendarAsync(userId);
        var comments = await db.PlanComments.AsNoTracking().Where(c => plans.Keys.Contains(c.PlanId))
            .Select(c => new
            {
                c.PlanId, c.AuthorId, c.ByOwner, c.Text, c.CreatedAtUtc,
                Goal = db.Goals.Where(g => g.Id == c.GoalId).Select(g => g.Title).FirstOrDefault(),
                Review = db.Reviews.Where(r => r.Id == c.ReviewId).Select(r => new { r.Kind, r.PeriodStart }).FirstOrDefault(),
                Name = db.UserProfiles.Where(u => u.UserId == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault()
                    ?? db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.Email).FirstOrDefault(),
            })
            .ToListAsync();
        return new(["Plan", "On", "By", "Written", "Comment"],
            [.. comments.OrderBy(c => plans[c.PlanId]).ThenBy(c => c.CreatedAtUtc).Select(c => new[]
            {
                Text(plans[c.PlanId]),
                Text(c.Goal is not null ? $"Goal: {c.Goal}" : c.Review is not null ? ReviewText.Name(c.Review.Kind, c.Review.PeriodStart) : "The plan"),
                Text(Mentoring.SharedPlans.AuthorLabel(c.AuthorId, c.ByOwner, c.Name)),
                calendar.ToLocal(c.CreatedAtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Text(c.Text),
            })]);
    }

    /// <summary>The sheet as CSV bytes: UTF-8 with a byte order mark, CRLF, quoted where needed.</summary>
    public static byte[] Csv(Sheet sheet)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true))
        {
            writer.WriteRecord(sheet.Header);
            foreach (var row in sheet.Rows)
            {
                writer.WriteRecord(row);
            }
        }
        return stream.ToArray();
    }

    /// <summary>Text as a spreadsheet shows it: a cell starting with a formula character gets an apostrophe in front.</summary>
    public static string Text(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
