package server

import "embed"

// webFS holds the page: index.html, app.js, app.css and the vendored
// graph library under vendor/.
//
//go:embed web/index.html web/app.js web/app.css web/vendor/cytoscape.min.js web/vendor/cytoscape.LICENSE
var webFS embed.FS
