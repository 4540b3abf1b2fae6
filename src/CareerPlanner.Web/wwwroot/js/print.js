// "Print" buttons (data-print): open the browser's print dialog; the print stylesheet lays the page out.
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        if (event.target.closest('[data-print]')) { window.print(); }
    });
}());
