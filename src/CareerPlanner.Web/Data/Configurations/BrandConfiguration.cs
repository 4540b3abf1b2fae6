using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class PersonalBrandConfiguration : IEntityTypeConfiguration<PersonalBrand>
{
    public void Configure(EntityTypeBuilder<PersonalBrand> brand)
    {
        brand.Property(b => b.WhoIAm).HasMaxLength(PersonalBrand.StatementPartMaxLength);
        brand.Property(b => b.WhatIDeliver).HasMaxLength(PersonalBrand.StatementPartMaxLength);
        brand.Property(b => b.WhatMakesMeDifferent).HasMaxLength(PersonalBrand.StatementPartMaxLength);
        brand.Property(b => b.Pitch).HasMaxLength(PersonalBrand.PitchMaxLength);
        brand.Property(b => b.Audiences).HasMaxLength(PersonalBrand.AudiencesMaxLength);
        brand.Property(b => b.LeadWith).HasMaxLength(PersonalBrand.LeadWithMaxLength);
        brand.Property(b => b.Version).IsConcurrencyToken();
        brand.HasOne<AppUser>().WithMany().HasForeignKey(b => b.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        brand.HasIndex(b => b.UserId).IsUnique();
        brand.HasMany(b => b.Channels).WithOne().HasForeignKey(c => c.PersonalBrandId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BrandChannelConfiguration : IEntityTypeConfiguration<BrandChannel>
{
    public void Configure(EntityTypeBuilder<BrandChannel> channel)
    {
        channel.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        channel.Property(c => c.NextStep).HasMaxLength(BrandChannel.NextStepMaxLength).IsRequired();
        channel.HasOne<ActionItem>().WithMany().HasForeignKey(c => c.ActionItemId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
    }
}
