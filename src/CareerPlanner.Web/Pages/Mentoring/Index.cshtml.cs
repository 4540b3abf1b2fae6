namespace CareerPlanner.Web.Pages.Mentoring;

/// <summary>The plans other people share with the signed-in person (until the end date a share may have).</summary>
public class IndexModel(AppDbContext db, Infrastructure.Time.UserClock clock) : PageModel
{
    public sealed record SharedRow(int PlanId, string PlanTitle, string OwnerName, ShareRole Role, SharedParts Parts, DateOnly? EndsOn, DateTime AcceptedAtUtc);

    public IReadOnlyList<SharedRow> Plans { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = User.Id();
        var today = await clock.TodayAsync(userId);
        Plans = await db.PlanShares.AsNoTracking().Where(s => s.MentorId == userId && (s.EndsOn == null || s.EndsOn >= today)).OrderByDescending(s => s.AcceptedAtUtc)
            .Join(db.Plans, s => s.PlanId, p => p.Id, (s, p) => new SharedRow(
                p.Id, p.Title,
                db.UserProfiles.Where(u => u.UserId == p.OwnerId).Select(u => u.DisplayName).FirstOrDefault()
                    ?? db.Users.Where(u => u.Id == p.OwnerId).Select(u => u.Email).FirstOrDefault() ?? "Someone",
                s.Role, s.Parts, s.EndsOn, s.AcceptedAtUtc!.Value))
            .ToListAsync();
    }
}
