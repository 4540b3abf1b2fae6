using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class InterestTestResultConfiguration : IEntityTypeConfiguration<InterestTestResult>
{
    public void Configure(EntityTypeBuilder<InterestTestResult> result)
    {
        result.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        result.HasIndex(r => new { r.UserId, r.TakenAtUtc });
        result.Ignore(r => r.Ranked);
    }
}
