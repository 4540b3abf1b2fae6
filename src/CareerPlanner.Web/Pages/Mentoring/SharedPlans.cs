using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Mentoring;

/// <summary>What a mentor may read of one plan: whose it is, the parts shared, and the share itself.</summary>
public sealed record SharedAccess(int ShareId, int PlanId, string PlanTitle, string OwnerId, string OwnerName, ShareRole Role, SharedParts Parts)
{
    /// <summary>Where the shared pages put this for the overview's partials, which then link to the shared pages only.</summary>
    public const string ViewDataKey = "SharedAccess";

    public bool Shares(SharedParts part) => Parts.HasFlag(part);
}

/// <summary>A comment as both sides see it.</summary>
public sealed record CommentView(int Id, int PlanId, int? GoalId, int? ReviewId, string Author, bool ByOwner, bool Mine, string Text, DateTime CreatedAtUtc);

/// <summary>
/// The one gate of everything a mentor sees: a plan is theirs to read only through an accepted share that has not
/// ended, and each part only when it was shared. Anything else is "not found" (a 404 that confirms nothing).
/// </summary>
public sealed class SharedPlans(AppDbContext db, UserClock clock)
{
    /// <summary>The mentor's access to this plan, when it includes <paramref name="part"/> (or any part for None).</summary>
    public async Task<SharedAccess?> ForMentorAsync(string mentorId, int planId, SharedParts part = SharedParts.None)
    {
        var found = await db.PlanShares.AsNoTracking().Where(s => s.PlanId == planId && s.MentorId == mentorId)
            .Join(db.Plans, s => s.PlanId, p => p.Id, (s, p) => new
            {
                s.Id, s.EndsOn, s.Role, s.Parts, p.Title, p.OwnerId,
                Name = db.UserProfiles.Where(u => u.UserId == p.OwnerId).Select(u => u.DisplayName).FirstOrDefault()
                    ?? db.Users.Where(u => u.Id == p.OwnerId).Select(u => u.Email).FirstOrDefault(),
            })
            .SingleOrDefaultAsync();
        if (found is null || (found.Parts & part) != part)
        {
            return null;
        }
        if (found.EndsOn is { } endsOn && await clock.TodayAsync(found.OwnerId) > endsOn)
        {
            return null;
        }
        return new SharedAccess(found.Id, planId, found.Title, found.OwnerId, found.Name ?? "Someone", found.Role, found.Parts);
    }

    /// <summary>Notes when the mentor last looked (shown to the owner): a stamp, not a change of anything they see.</summary>
    public Task ViewedAsync(SharedAccess access) =>
        db.PlanShares.Where(s => s.Id == access.ShareId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastViewedAtUtc, clock.UtcNow));

    /// <summary>Whether this is the plan's owner (who, opening a shared page of their own plan, is sent to their own page).</summary>
    public Task<bool> IsOwnerAsync(string userId, int planId) => db.Plans.AnyAsync(p => p.Id == planId && p.OwnerId == userId);

    /// <summary>Whether anyone has accepted a share of this owner's plan (the owner's pages then show the comments).</summary>
    public Task<bool> IsSharedAsync(string ownerId, int planId) =>
        db.PlanShares.AnyAsync(s => s.PlanId == planId && s.MentorId != null && db.Plans.Any(p => p.Id == planId && p.OwnerId == ownerId));

    /// <summary>The comments on the plan itself (no goal, no review), on one goal, or on one review, oldest first.</summary>
    public Task<IReadOnlyList<CommentView>> CommentsAsync(string viewerId, int planId, int? goalId = null, int? reviewId = null) =>
        ViewsAsync(viewerId, db.PlanComments.Where(c => c.PlanId == planId && c.GoalId == goalId && c.ReviewId == reviewId));

    /// <summary>Every comment on the plan, its goals and its reviews, oldest first (each thread is then a part of them, in order).</summary>
    public Task<IReadOnlyList<CommentView>> AllCommentsAsync(string viewerId, int planId) =>
        ViewsAsync(viewerId, db.PlanComments.Where(c => c.PlanId == planId));

    private async Task<IReadOnlyList<CommentView>> ViewsAsync(string viewerId, IQueryable<PlanComment> comments)
    {
        var rows = await comments.AsNoTracking()
            .OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.PlanId, c.GoalId, c.ReviewId, c.AuthorId, c.ByOwner, c.Text, c.CreatedAtUtc,
                Name = db.UserProfiles.Where(u => u.UserId == c.AuthorId).Select(u => u.DisplayName).FirstOrDefault()
                    ?? db.Users.Where(u => u.Id == c.AuthorId).Select(u => u.Email).FirstOrDefault(),
            })
            .ToListAsync();
        return rows.Select(c => new CommentView(
            c.Id, c.PlanId, c.GoalId, c.ReviewId, AuthorLabel(c.AuthorId, c.ByOwner, c.Name), c.ByOwner, c.AuthorId == viewerId, c.Text, c.CreatedAtUtc)).ToList();
    }

    public void Add(PlanComment comment) => db.PlanComments.Add(comment);

    public Task SaveAsync() => db.SaveChangesAsync();

    public static string AuthorLabel(string? authorId, bool byOwner, string? name) =>
        authorId is null ? (byOwner ? "The plan's owner" : "A former mentor") : $"{name ?? "Someone"}{(byOwner ? " (plan owner)" : "")}";
}

/// <summary>A comment thread and its form, as the owner's pages and the shared pages show it.</summary>
public sealed record CommentThread(IReadOnlyList<CommentView> Comments, bool ForOwner, int PlanId, int? GoalId = null, int? ReviewId = null);
