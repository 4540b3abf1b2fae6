using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPlanner.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OneOnOneContact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ContactId",
                table: "OneOnOnes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOnes_ContactId",
                table: "OneOnOnes",
                column: "ContactId");

            migrationBuilder.AddForeignKey(
                name: "FK_OneOnOnes_Contacts_ContactId",
                table: "OneOnOnes",
                column: "ContactId",
                principalTable: "Contacts",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_OneOnOnes_Contacts_ContactId",
                table: "OneOnOnes");

            migrationBuilder.DropIndex(
                name: "IX_OneOnOnes_ContactId",
                table: "OneOnOnes");

            migrationBuilder.DropColumn(
                name: "ContactId",
                table: "OneOnOnes");
        }
    }
}
