using FluentValidation;

namespace CareerPlanner.Web.Pages.History;

public class CertificationModel(AppDbContext db, IValidator<CertificationInput> validator) : HistoryItemModel<Certification, CertificationInput>(db, validator)
{
    protected override string RouteKey => "certificationId";
    protected override string Section => "certifications";
    protected override IQueryable<Certification> Rows => Db.Certifications;

    protected override Certification New(string userId) => new(userId);
}
