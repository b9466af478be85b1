/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** Set by each page before it renders its content; read by the components that MDX uses. */
    page?: import('./astro/page-context').PageContext;
  }
}
