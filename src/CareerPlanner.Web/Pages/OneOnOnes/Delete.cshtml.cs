namespace CareerPlanner.Web.Pages.OneOnOnes;

public class DeleteModel(AppDbContext db)
    : DeletePageModel<OneOnOne, DeleteModel.MeetingSummary>(db, m => new MeetingSummary(m.Date, m.WithWhom), _ => "1:1 deleted.")
{
    public sealed record MeetingSummary(DateOnly Date, string WithWhom)
    {
        public string Title => $"the 1:1 with {WithWhom} on {Date:d MMM yyyy}";
    }

    protected override IQueryable<OneOnOne> Row(string userId) => Db.OneOnOnes.Where(m => m.Id == Route("meetingId") && m.UserId == userId);

    protected override IActionResult AfterDelete() => RedirectToPage("Index");
}
