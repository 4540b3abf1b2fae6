namespace CareerPlanner.Web.Pages.Mentoring;

/// <summary>A mentor deletes a comment of their own on a plan shared with them (the owner, any comment on their plan).</summary>
public class DeleteCommentModel(AppDbContext db) : DeletePageModel<PlanComment, string>(db, c => c.Text, _ => "Your comment was deleted.")
{
    protected override IQueryable<PlanComment> Row(string userId) =>
        Db.PlanComments.Where(c => c.Id == Route("commentId") && c.PlanId == Route("id")
            && ((c.AuthorId == userId && !c.ByOwner && Db.PlanShares.Any(s => s.PlanId == c.PlanId && s.MentorId == userId))
                || Db.Plans.Any(p => p.Id == c.PlanId && p.OwnerId == userId)));

    protected override IActionResult AfterDelete() => RedirectToPage("Plan", new { id = Route("id") });
}
