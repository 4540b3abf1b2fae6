namespace CareerPlanner.Web.Pages.History;

public class DeleteCertificationModel(AppDbContext db) : DeletePageModel<Certification, string>(db, c => c.Name, _ => "Removed from your career history.")
{
    protected override IQueryable<Certification> Row(string userId) => Db.Certifications.Where(r => r.Id == Route("certificationId") && r.UserId == userId);

    protected override IActionResult AfterDelete() => RedirectToPage("Index", null, null, "certifications");
}
